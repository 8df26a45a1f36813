import type { LocalizedText, NewEvent, Speaker } from "../schema";

export type SeedSession = {
  slug: string;
  /** Theme slug; omitted for plenaries. */
  theme?: string;
  day: string;
  start: string;
  end: string;
  kind: "plenary" | "panel" | "working_group" | "workshop" | "roundtable" | "side_event";
  room: string;
  capacity: number | null;
  streamed?: boolean;
  streamUrl?: string;
  title: LocalizedText;
  description: LocalizedText;
  speakers?: Speaker[];
};

export type SeedEvent = {
  event: Omit<NewEvent, "id" | "createdAt" | "updatedAt">;
  themes: { slug: string; name: LocalizedText; description: LocalizedText }[];
  sessions: SeedSession[];
};
