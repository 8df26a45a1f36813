"use client";

import NextLink from "next/link";
import { usePathname } from "next/navigation";

type Props = { label: string; locale: string; links: { href: string; label: string }[] };

/** The sections of one dialogue; marks the current one for assistive technology. */
export function EventNav({ label, locale, links }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="event-nav">
      <ul>
        {links.map((link) => {
          const href = `/${locale}${link.href}`;
          return (
            <li key={link.href}>
              <NextLink href={href} aria-current={pathname === href ? "page" : undefined}>
                {link.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
