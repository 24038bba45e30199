/**
 * A whole number of seats as typed (surrounding spaces allowed), or null when the text is not
 * one. The rules then say whether the number is in range; the form fields keep the text.
 */
export function parseSeats(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}
