import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * A link to a path of this site in the current language (`/events/x` -> `/es/events/x`).
 * A server component: it adds no internationalisation code to the browser bundle. Client
 * components use next/link with a locale they receive as a prop.
 */
export async function Link({ href, ...rest }: Props) {
  const locale = await getLocale();
  return <NextLink href={`/${locale}${href === "/" ? "" : href}`} {...rest} />;
}
