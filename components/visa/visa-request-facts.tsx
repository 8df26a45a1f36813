import { Link } from "@/components/link";

type Props = {
  /** Already translated and formatted: label -> value, in reading order. */
  facts: [string, string][];
  title: string;
  listHref: string;
  listLabel: string;
};

/** A registration's visa request on its page (rendered for administrators only: the page decides). */
export function VisaRequestFacts({ facts, title, listHref, listLabel }: Props) {
  return (
    <section aria-labelledby="visa-heading">
      <h2 id="visa-heading">{title}</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={listHref}>{listLabel}</Link>
      </p>
    </section>
  );
}
