/** Die Methode, auf Deutsch. */
export function AboutDe() {
  return (
    <>
      <h1>Zur Methode</h1>
      <p>
        Common Ground zeigt, was jede Partei einer Verhandlung nach eigener <em>Aussage</em>{' '}
        akzeptiert und was nicht – Frage für Frage – und wo sich diese erklärten Positionen
        überschneiden oder widersprechen. Erfasst werden Aussagen, keine Absichten: was eine
        Regierung, ein Bündnis oder eine Führungsperson öffentlich gesagt hat oder was ihr
        berichtetermaßen zugeschrieben wird.
      </p>
      <h2>Streitfragen und Optionen</h2>
      <p>
        Jede Streitfrage (etwa die NATO-Mitgliedschaft) hat eine feste Liste möglicher Ergebnisse.
        Bilden diese ein Spektrum, stehen sie in dieser Reihenfolge, und Abstände zwischen ihnen
        sind aussagekräftig.
      </p>
      <h2>Aussagen</h2>
      <p>
        Eine Aussage ist datiert (auf den Tag oder, wenn nur der Monat bekannt ist, auf den Monat)
        und gibt an, welche Optionen eine Partei akzeptiert, welche sie bevorzugt und welche sie
        ausdrücklich ablehnt (ihre roten Linien). Jede Aussage hat mindestens eine Quelle und eine
        Einstufung der Verlässlichkeit: <strong>offiziell</strong> (ein Dokument oder eine förmliche
        Erklärung), <strong>namentlich</strong> (eine genannte Person in einer Rede, Pressekonferenz
        oder einem Interview) oder <strong>berichtet</strong> (aus zweiter Hand oder von ungenannten
        Quellen; die Kette, wer wen zitiert, wird gezeigt). Einschätzungen von Fachleuten sind keine
        Positionen.
      </p>
      <h2>Wie Positionen berechnet werden</h2>
      <ul>
        <li>
          <strong>Position zu einem Stichtag</strong>: die letzte Aussage der Partei zu dieser Frage
          an oder vor dem Datum, die die gewählte Mindestverlässlichkeit erfüllt. Mehrere Aussagen
          am selben Tag zählen in der Reihenfolge der Datensatzdatei; eine nur auf den Monat
          datierte Aussage gilt ab dem Ersten des Monats. Ohne Aussage ist die Position{' '}
          <em>unbekannt</em> – sie wird nie geraten.
        </li>
        <li>
          <strong>Einig</strong>: beide bevorzugen dieselbe Option. <strong>Überschneidung</strong>:
          mindestens eine Option ist für beide annehmbar (die Kompromissmenge).{' '}
          <strong>Konflikt</strong>: keine Option ist für beide annehmbar; bei geordneten Fragen ist
          die Schwere der kleinste Abstand zwischen dem, was jede Seite akzeptiert.
        </li>
        <li>
          <strong>Gemeinsame Basis</strong> mehrerer Parteien: die Optionen, die alle akzeptieren;
          gibt es keine, werden die Parteien genannt, ohne die allein sich eine gemeinsame Basis
          ergäbe.
        </li>
        <li>
          <strong>Verschiebungen</strong>: Gegenüber der vorigen Aussage ist eine Position{' '}
          <em>verhärtet</em>, wenn weniger Optionen akzeptiert (oder mehr abgelehnt) werden,{' '}
          <em>aufgeweicht</em>, wenn mehr akzeptiert (oder weniger abgelehnt) werden, sonst{' '}
          <em>verändert</em>; <em>bekräftigt</em>, wenn sich nichts ändert, und <em>aufgegeben</em>,
          wenn eine Aussage die Position zurückzieht.
        </li>
        <li>
          <strong>Summierte Überschneidung</strong>: Über mehrere Streitfragen hinweg zählt die
          Zelle eines Paares, bei wie vielen es sich einig ist, sich überschneidet oder im Konflikt
          steht; Fragen, zu denen eine Seite keine Position hat, werden genannt, aber nicht gezählt.
          Die Zelle nimmt die Art an, die die meisten Fragen abdeckt (bei Gleichstand die ernstere).
        </li>
        <li>
          <strong>Ordnung nach Ähnlichkeit</strong>: Jedes Paar erhält +1 für jede Frage, in der es
          sich einig ist, +½ für eine Überschneidung und −1 für einen Konflikt, gemittelt über die
          Fragen, zu denen beide eine Position haben; danach werden die Parteien durch hierarchische
          Clusterbildung (mittlere Verknüpfung) gruppiert, sodass Blöcke nebeneinander stehen.
        </li>
        <li>
          <strong>Daten vergleichen</strong>: die Positionen an beiden Tagen, Zelle für Zelle;
          gezeigt werden nur die Zellen, deren Position sich unterscheidet, jeweils wie oben
          eingeordnet und mit der Aussage hinter jeder Seite.
        </li>
        <li>
          <strong>Zusammenfassung</strong>: Die Sätze unter der Matrix werden nach denselben Regeln
          aus der aktuellen Ansicht erzeugt; sie sagen nichts, was die Matrix nicht zeigt.
        </li>
      </ul>
      <h2>Grenzen der Daten</h2>
      <p>
        Öffentliche Aussagen sind taktisch; was Parteien intern akzeptieren, kann abweichen.
        Berichte aus ungenannten Quellen können falsch sein; der Datensatz führt sie nur mit
        Einstufung und Quellenkette. Eine Matrix vereinfacht: Lesen Sie die Zitate und Quellen
        hinter jeder Zelle, bevor Sie Schlüsse ziehen.
      </p>
      <h2>Zitieren</h2>
      <p>
        Zitieren Sie den Datensatz mit Titel, Version und dem Datum der Ansicht und verlinken Sie
        die genaue Ansicht: Jeder Link auf diese App stellt wieder her, was Sie sehen.
      </p>
    </>
  );
}
