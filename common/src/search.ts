/**
 * Folds a name for search: Latin letters lose accents and case ("Fès" → "fes",
 * "Laâyoune" → "laayoune"); Arabic loses its short vowels and tatweel, and the
 * alef, yeh and teh marbuta variants fold to one letter each, so that a search
 * typed without diacritics finds names stored with them. The same function
 * builds the stored search column and the query, so the two always agree.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
