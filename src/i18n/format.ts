/**
 * Numbers, percentages, dates and plurals in the site's language, through `Intl` (pure: no DOM).
 * The locale folders (`en/`, `de/`...) use these, so no locale formats a number by hand.
 */

/** `1234` -> "1,234" (en), "1.234" (de). */
export const formatNumber = (locale: string, value: number): string => new Intl.NumberFormat(locale).format(value);

/** A whole percent: `60` -> "60%" (en), "60 %" (de). */
export const formatPercent = (locale: string, percent: number): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);

/** A calendar date as written in running text: "5 January 2026" style per locale. Dates in front matter are days, so UTC. */
export const formatDate = (locale: string, date: Date): string => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** Plural forms by CLDR category; `other` is required, `{n}` is replaced by the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that `count` takes in `locale` (English and German: one / other; other languages have more). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll('{n}', formatNumber(locale, count));
}
