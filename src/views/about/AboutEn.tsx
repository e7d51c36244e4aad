/** The method, in English. Kept as prose components: the German text is a translation, not key-by-key. */
export function AboutEn() {
  return (
    <>
      <h1>About the method</h1>
      <p>
        Common Ground shows what each party to a negotiation has <em>said</em> it will and will not
        accept, issue by issue, and where those stated positions overlap or conflict. It records
        statements, not intentions: what a government, alliance or leader said in public, or what
        was reported that they said.
      </p>
      <h2>Issues and outcomes</h2>
      <p>
        Each issue (for example NATO membership) has a fixed list of possible outcomes. Where the
        outcomes form a spectrum, they are listed in that order and distances between them mean
        something.
      </p>
      <h2>Statements</h2>
      <p>
        A statement is dated (to the day, or to the month when only the month is known) and says
        which outcomes a party accepts, which one it prefers, and which it rejects outright (its red
        lines). Every statement has at least one source and a reliability grade:{' '}
        <strong>official</strong> (a document or formal statement), <strong>on record</strong> (a
        named speaker in a speech, press conference or interview) or <strong>reported</strong>{' '}
        (second-hand or anonymous sources; the chain of who reported whom is shown). Analysts&apos;
        views are not positions.
      </p>
      <h2>How positions are computed</h2>
      <ul>
        <li>
          <strong>Position as of a date</strong>: the party&apos;s latest statement on that issue on
          or before the date that meets the chosen minimum reliability. Several statements on the
          same day count in the order of the dataset file; a statement dated only to a month counts
          from the first day of that month. No statement means <em>unknown</em> — it is never
          guessed.
        </li>
        <li>
          <strong>Agree</strong>: both prefer the same outcome. <strong>Overlap</strong>: some
          outcome is acceptable to both (the compromise set). <strong>Conflict</strong>: no outcome
          is acceptable to both; on ordered issues the severity is the smallest distance between
          what each accepts.
        </li>
        <li>
          <strong>Common ground</strong> of several parties: the outcomes all of them accept; when
          there are none, the parties whose removal alone would open some common ground are named as
          blocking.
        </li>
        <li>
          <strong>Shifts</strong>: compared with the previous statement, a position is{' '}
          <em>hardened</em> when fewer outcomes are accepted (or more rejected), <em>softened</em>{' '}
          when more are accepted (or fewer rejected), <em>changed</em> otherwise, <em>restated</em>{' '}
          when nothing changed, and <em>dropped</em> when a statement withdraws the position.
        </li>
        <li>
          <strong>Summed overlap</strong>: across several issues, a pair&apos;s cell counts the
          issues on which it agrees, overlaps or conflicts; issues where either party has no
          position are named but not counted. The cell takes the kind that covers most issues (on a
          tie, the more serious one).
        </li>
        <li>
          <strong>Order by similarity</strong>: each pair scores +1 for every issue it agrees on, +½
          for an overlap and −1 for a conflict, averaged over the issues known for both; parties are
          then grouped by average-linkage clustering, so that blocs sit next to each other.
        </li>
        <li>
          <strong>Compare dates</strong>: the positions at the two dates, cell by cell; only the
          cells whose position differs are shown, each typed as above, with the statement behind
          each side.
        </li>
        <li>
          <strong>Summary</strong>: the sentences under the matrix are generated from these same
          rules for the current view; they never add anything the matrix does not show.
        </li>
      </ul>
      <h2>Limits of the data</h2>
      <p>
        Public statements are tactical; what parties accept in private may differ. Reports from
        anonymous sources can be wrong, and the dataset keeps them only with their grade and chain.
        A matrix is a simplification: read the quotes and sources behind every cell before drawing
        conclusions.
      </p>
      <h2>How to cite</h2>
      <p>
        Cite the dataset with its title, version and the date of the view, and link to the exact
        view: every link to this app reproduces what you see.
      </p>
    </>
  );
}
