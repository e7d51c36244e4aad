import qrcode from 'qrcode-generator';

/**
 * The QR code of `text` as a square matrix of dark (true) and light modules, error correction M.
 * Non-ASCII characters are percent-encoded first: the library's byte mode reads only Latin-1.
 */
export function qrModules(text: string): boolean[][] {
  const ascii = text.replace(/[^\x20-\x7E]/g, (c) => encodeURIComponent(c));
  const qr = qrcode(0, 'M');
  qr.addData(ascii, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) =>
    Array.from({ length: n }, (_, col) => qr.isDark(row, col)),
  );
}

/** An SVG path drawing the dark modules, one rectangle per horizontal run (unit = one module). */
export function modulesPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x},${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return d;
}
