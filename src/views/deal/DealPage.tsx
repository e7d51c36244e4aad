/** `/deal`: the deal builder (being built). */
export function DealPage() {
  return <h1>Deal</h1>;
}
