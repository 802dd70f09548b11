import { openPoster } from '../pdf';

/** What the poster prints, already in words (the PDF worker receives it by structured clone). */
/** `latin`: the column beside Arabic, in French or Spanish. */
export interface PosterData {
  title: { latin: string; ar: string };
  lines: { latin: string; ar: string; heading?: boolean }[];
  url: string;
  follow: string;
}

/**
 * The notice board's poster of a published bulletin: the headline figures of each section, French (or Spanish, for
 * the partner towns) at the left and Arabic at the right, and a QR code to the bulletin's page (the signed bulletin is there).
 */
export async function renderBulletinPoster(d: PosterData): Promise<Uint8Array> {
  const poster = await openPoster(d.title.latin, 1.7);
  poster.row(d.title.latin, d.title.ar, 16, true);
  poster.y -= 6;
  for (const l of d.lines) {
    if (poster.y < poster.floor) break;
    if (l.heading) poster.y -= 4;
    poster.row(l.latin, l.ar, l.heading ? 12 : 10, !!l.heading);
  }
  return poster.finish(d.url, d.follow);
}
