import type { ComponentChildren } from 'preact';

/** A titled section of a long form (basic facts, houses, finance…). */
export function FormSection({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section class="form-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
