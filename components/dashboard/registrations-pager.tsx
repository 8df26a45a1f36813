import { Link } from "@/components/link";

type Props = { label: string; previous: string | null; next: string | null; previousText: string; nextText: string; position: string };

/** Previous / next links of a paged table (server-rendered, works without JavaScript). */
export function RegistrationsPager({ label, previous, next, previousText, nextText, position }: Props) {
  return (
    <nav aria-label={label} className="actions">
      {previous ? <Link href={previous} rel="prev">{previousText}</Link> : null}
      <span>{position}</span>
      {next ? <Link href={next} rel="next">{nextText}</Link> : null}
    </nav>
  );
}
