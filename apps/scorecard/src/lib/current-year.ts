/**
 * The current year, as the evaluation year a new form (a scorecard, a collection, a review)
 * starts with and says it does: the clerk changes it knowingly to rate another year.
 */
export function currentYear(): string {
  return String(new Date().getFullYear());
}
