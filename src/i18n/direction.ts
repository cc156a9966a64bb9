/** Languages written right to left (their base code: `ar`, `he-IL` -> `he`...). */
const RTL = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction when site.yaml sets none: right to left for the languages that need it. */
export const defaultDirection = (locale: string): 'ltr' | 'rtl' => (RTL.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');
