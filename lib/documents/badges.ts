import "server-only";
import type { stakeholderGroup } from "@/db/schema/enums";
import { createPdf, figure, type Pdf, pdfBuffer, qrFigure, textBlock } from "./pdf";

/**
 * Name badges. One A6 badge per page, or four A6 badges on each A4 sheet (2 × 2, with cut marks)
 * for office printers. The stakeholder group is a colour band with its name written on it: the
 * colour helps at a glance, the words carry the meaning (WCAG 1.4.1). Every colour keeps white text
 * at a contrast of 4.5:1 or more.
 */
type BadgeLayout = "a6" | "a4";

type Group = (typeof stakeholderGroup.enumValues)[number];
export const groupColours: Record<Group, string> = {
  government_eu_institution: "#003399",
  government_eu_member_state: "#1f4e9c",
  government_lac_country: "#8a1c1c",
  international_organisation: "#005f73",
  private_sector: "#5a3e85",
  civil_society: "#2f6b2f",
  academia_research: "#7a4a00",
  media: "#333333",
  other: "#555555",
};

export type Badge = {
  name: string;
  organisation: string;
  country: string;
  group: Group;
  groupLabel: string;
  /** Head of delegation, speaker, organiser, press: already translated; empty for a delegate. */
  role: string;
  /** What the QR carries: a signed check-in code (lib/checkin/code.ts). */
  checkInCode: string;
  /** Already re-encoded (sharp) and stripped of metadata when it was uploaded. */
  photo?: Buffer;
};

export type BadgeSheet = {
  title: string;
  language: string;
  dialogueTitle: string;
  qrAlt: string;
  photoAlt: string;
  layout: BadgeLayout;
  badges: Badge[];
};

const A6 = { width: 297.64, height: 419.53 };
const PAD = 18;
const QR = 110;
const PHOTO = 72;

/** The badges as one PDF, in the order given (the caller sorts, e.g. by family name). */
export async function badgesPdf(sheet: BadgeSheet): Promise<Buffer> {
  const pdf = createPdf({ title: sheet.title, language: sheet.language, size: sheet.layout === "a6" ? "A6" : "A4", margin: 0 });
  sheet.badges.forEach((badge, index) => {
    const slot = sheet.layout === "a6" ? 0 : index % 4;
    if (index > 0 && slot === 0) pdf.doc.addPage();
    const origin = { x: (slot % 2) * A6.width, y: Math.floor(slot / 2) * A6.height };
    if (sheet.layout === "a4" && slot === 0) cutMarks(pdf);
    drawBadge(pdf, sheet, badge, origin);
  });
  return pdfBuffer(pdf);
}

function drawBadge(pdf: Pdf, sheet: BadgeSheet, badge: Badge, origin: { x: number; y: number }): void {
  const { doc } = pdf;
  const width = A6.width - 2 * PAD;
  const at = (dy: number) => {
    doc.x = origin.x + PAD;
    doc.y = origin.y + dy;
  };
  const text = { width };
  at(PAD);
  textBlock(pdf, "P", sheet.dialogueTitle, { size: 9, color: "#333333", ...text });
  let top = origin.y + PAD + 34;
  if (badge.photo) {
    figure(pdf, badge.photo, sheet.photoAlt, { x: origin.x + PAD, y: top, width: PHOTO });
    top += PHOTO + 10;
  }
  at(top - origin.y);
  textBlock(pdf, "H1", badge.name, { size: badge.name.length > 28 ? 20 : 24, bold: true, ...text });
  textBlock(pdf, "P", badge.organisation, { size: 12, ...text });
  textBlock(pdf, "P", badge.country, { size: 11, color: "#333333", ...text });
  if (badge.role) textBlock(pdf, "P", badge.role.toUpperCase(), { size: 12, bold: true, ...text });
  // The group band across the foot of the badge, its name in white on the colour. A long name
  // ("Gobierno – país de América Latina o el Caribe") takes two lines: the band grows to hold
  // them, or the text would run off the page and pdfkit would start a new one.
  const labelHeight = doc.font("DejaVuSans-Bold").fontSize(12).heightOfString(badge.groupLabel, { width, align: "center" });
  const bandHeight = Math.max(34, Math.ceil(labelHeight) + 20);
  const bandTop = origin.y + A6.height - bandHeight;
  qrFigure(pdf, badge.checkInCode, sheet.qrAlt, { x: origin.x + A6.width - PAD - QR, y: bandTop - QR - 8, size: QR });
  doc.rect(origin.x, bandTop, A6.width, bandHeight).fill(groupColours[badge.group]);
  at(A6.height - bandHeight + (bandHeight - labelHeight) / 2);
  textBlock(pdf, "P", badge.groupLabel, { size: 12, bold: true, color: "#ffffff", align: "center", ...text });
}

/** Thin marks where a 2 × 2 sheet is cut (an artifact: not read out). */
function cutMarks(pdf: Pdf): void {
  const { doc } = pdf;
  doc.markContent("Artifact", { type: "Layout" });
  doc.save().lineWidth(0.5).strokeColor("#999999");
  doc
    .moveTo(A6.width, 0)
    .lineTo(A6.width, 12)
    .moveTo(A6.width, 2 * A6.height - 12)
    .lineTo(A6.width, 2 * A6.height);
  doc
    .moveTo(0, A6.height)
    .lineTo(12, A6.height)
    .moveTo(2 * A6.width - 12, A6.height)
    .lineTo(2 * A6.width, A6.height);
  doc.stroke().restore();
  doc.endMarkedContent();
}
