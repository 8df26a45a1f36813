/**
 * The hidden fields every organiser form posts: which event (`slug`) and in which language
 * (`locale`) the action answers, and `id`, the row being edited, when there is one.
 */
export function EventFields({ slug, locale, id }: { slug: string; locale: string; id?: string | number | null }) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
    </>
  );
}
