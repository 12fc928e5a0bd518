/** The "about" slide: the aims of the buurtopbouwwerk and where to ask more (Sociaal Huis). */
import type { RendererConfig } from '../config/device-config';
import { phoneAsShown } from '../contacts/belgian-phone';
import type { About, Content, Organisation } from '../content/schema';
import { listInDutch } from '../time/dutch-words';
import { aboutPageFits, aboutPageLines, leadRoom, type AboutLines, type AboutPageText } from './about-room';
import { pageItemsFitting, pageKey, type PageOf } from './paging';
import type { SlideBuild } from './slide-base';

/** Aims per page at most: three cards side by side (stacked in portrait), on the slide and the touch screen. */
export const AIMS_PER_PAGE = 3;

export interface AboutSlide extends PageOf<'about'> {
  title: string;
  /** The introduction, on the first page. */
  intro: string | null;
  aims: About['aims'];
  /** Participation and the buurten close the last page. */
  participation: string | null;
  buurten: string[];
  /** The contact on every page; its description shortened where a page could not hold it. */
  organisation: Organisation;
  /**
   * The lines a text may take where the page cannot hold all of it (the slide ends it with "…";
   * `contentWarnings` tells staff): the introduction, the aim's text on a page of one aim, the
   * participation, the buurten. Null for a text shown whole.
   */
  lines: AboutLines;
}

/** "In de buurten Broekkant, Donck-Vlotgras en Wastijne."; null without buurten. */
export function buurtenSentence(buurten: readonly string[]): string | null {
  return buurten.length === 0 ? null : `In de buurten ${listInDutch(buurten)}.`;
}

/** What leads into the Sociaal Huis contact line: its description, or "Meer informatie". */
export function contactLead(organisation: Organisation): string {
  return organisation.description ?? 'Meer informatie';
}

/** An aim with its place in the list: the first page carries the introduction, the last the closing lines. */
interface NumberedAim {
  aim: About['aims'][number];
  index: number;
}

/** One about page as planned: its words (the contact line's lead as shown) and what each text may take. */
export interface AboutPage {
  text: AboutPageText;
  /** The aims' places in `about.aims`. */
  indices: number[];
  lines: AboutLines;
}

/** What a page holds: its aims, and whether it opens with the introduction or ends with the closing lines. */
interface PagePlan {
  aims: readonly NumberedAim[];
  intro: boolean;
  closing: boolean;
}

/** A page of `aims`: the first aim's page opens with the introduction, the last aim's ends with the closing lines. */
function planOf(content: Content, aims: readonly NumberedAim[]): PagePlan {
  return {
    aims,
    intro: aims.some((a) => a.index === 0),
    closing: aims.some((a) => a.index === content.about.aims.length - 1),
  };
}

/** The contact line after its lead: ": Sociaal Huis · indebuurt@dendermonde.be · 052 37 85 00". */
function contactRest(organisation: Organisation): string {
  return `: ${organisation.name} · ${organisation.email} · ${phoneAsShown(organisation.phone)}`;
}

/**
 * The contact line's lead as every page shows it: the Sociaal Huis description, shortened after a
 * whole word with "…" where it would take more than its share of the page.
 */
export function shownLead(content: Content): string {
  const lead = contactLead(content.organisation);
  const room = leadRoom(content.about.title, lead, contactRest(content.organisation));
  return room === null ? lead : shortened(lead, room);
}

/** The words of the page `plan`, with the contact line's `lead`. */
function pageText(content: Content, plan: PagePlan, lead: string): AboutPageText {
  const { about, organisation } = content;
  return {
    title: about.title,
    intro: plan.intro ? about.intro : null,
    aims: plan.aims.map((a) => a.aim),
    participation: plan.closing ? (about.participation ?? null) : null,
    buurten: plan.closing ? buurtenSentence(about.buurten) : null,
    lead,
    contact: contactRest(organisation),
  };
}

/**
 * A page of one aim that cannot hold the introduction or the closing lines as well: those on a page
 * of their own, when then every page fits whole (a long introduction, twenty buurten); else the one
 * page, its longest texts ended early; else (a long title and contact line leave too little room
 * even for that) the pages of their own, ended where they must.
 */
function split(content: Content, plan: PagePlan, lead: string): PagePlan[] {
  const fitsWhole = (p: PagePlan) => aboutPageFits(pageText(content, p, lead));
  const fitsEnded = (p: PagePlan) => {
    const text = pageText(content, p, lead);
    return aboutPageFits(text, aboutPageLines(text));
  };
  if (plan.aims.length !== 1 || fitsWhole(plan)) return [plan];
  const { aims, intro, closing } = plan;
  const tries: PagePlan[][] = [];
  if (closing)
    tries.push([
      { aims, intro, closing: false },
      { aims: [], intro: false, closing },
    ]);
  if (intro)
    tries.push([
      { aims: [], intro, closing: false },
      { aims, intro: false, closing },
    ]);
  if (intro && closing) {
    tries.push([
      { aims: [], intro, closing: false },
      { aims, intro: false, closing: false },
      { aims: [], intro: false, closing },
    ]);
  }
  return (
    tries.find((pages) => pages.every(fitsWhole)) ??
    (fitsEnded(plan) ? undefined : tries.find((pages) => pages.every(fitsEnded))) ?? [plan]
  );
}

/** `text` cut to at most `chars` characters after a whole word, with "…". */
function shortened(text: string, chars: number): string {
  const kept = [...text].slice(0, chars).join('');
  const space = kept.lastIndexOf(' ');
  const words = space > 0 ? kept.slice(0, space) : kept;
  return `${words.replace(/[\s,;:.]+$/u, '')}…`;
}

/**
 * The about pages, planned for every screen: up to three aims a page while they fit, fewer when
 * their texts are long, as evenly as the texts allow. The introduction opens the first page,
 * participation and the buurten close the last (on a page of their own when too long to share one
 * with an aim), and every page ends with the Sociaal Huis contact, never cut off: a text too long
 * for any page ends after the lines that fit.
 */
export function aboutPages(content: Content): AboutPage[] {
  const numbered = content.about.aims.map((aim, index) => ({ aim, index }));
  const lead = shownLead(content);
  const fits = (aims: readonly NumberedAim[]) =>
    aboutPageFits(pageText(content, planOf(content, aims), lead));
  const plans = pageItemsFitting(numbered, AIMS_PER_PAGE, fits).flatMap((aims) =>
    split(content, planOf(content, aims), lead),
  );
  return plans.map((plan) => {
    const text = pageText(content, plan, lead);
    return { text, indices: plan.aims.map((a) => a.index), lines: aboutPageLines(text) };
  });
}

/** The about pages: always at least one, since `about` and `organisation` are required. */
export function aboutSlides(content: Content, config: RendererConfig): AboutSlide[] {
  const { about, organisation } = content;
  const pages = aboutPages(content);
  // Every page carries the same shortened lead (shownLead, worked out once by aboutPages).
  const full = contactLead(organisation);
  return pages.map((page, i) => ({
    kind: 'about',
    key: pageKey('about', i),
    durationMs: config.durations.about * 1000,
    page: i + 1,
    pageCount: pages.length,
    title: about.title,
    intro: page.text.intro,
    aims: page.indices.map((index) => about.aims[index]!),
    participation: page.text.participation,
    buurten: page.text.buurten === null ? [] : about.buurten,
    organisation: page.text.lead === full ? organisation : { ...organisation, description: page.text.lead },
    lines: page.lines,
  }));
}

/** Builds the about slide(s) for the rotation. */
export function buildAboutSlides(
  content: Content,
  config: RendererConfig,
  _now: number,
): SlideBuild<AboutSlide> {
  return { slides: aboutSlides(content, config), nextChangeAt: null };
}
