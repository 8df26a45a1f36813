"use client";

import { useParams } from "next/navigation";
import en from "@/lib/i18n/messages/en/common.json";
import es from "@/lib/i18n/messages/es/common.json";
import fr from "@/lib/i18n/messages/fr/common.json";
import pt from "@/lib/i18n/messages/pt/common.json";

// Plain strings rather than next-intl here: the error boundary is part of every page's bundle.
const texts: Record<string, typeof en.error> = { en: en.error, es: es.error, pt: pt.error, fr: fr.error };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = texts[locale] ?? en.error;
  return (
    <div role="alert" className="notice notice-error">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}
