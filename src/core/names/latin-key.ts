/** The letters of a Latin-script form, for comparing spellings: Ba-ke-tu, Bākètú → `baketu`. */
export function latinKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}
