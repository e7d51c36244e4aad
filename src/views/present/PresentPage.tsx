/** `/present`: the presentation (being built). */
export function PresentPage() {
  return <h1>Present</h1>;
}
