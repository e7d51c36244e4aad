export const SVG_MIME = 'image/svg+xml';
export const PNG_MIME = 'image/png';

/** An SVG document with its size in CSS pixels. */
export interface SvgImage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = url;
  });
}

/**
 * Draws an SVG onto a white canvas `scale` times its size (1 or 2 for a sharp print) and returns
 * it as a PNG. The SVG must be self-contained (no external fonts or images): it uses a system font stack.
 */
export async function svgToPng(svg: SvgImage, scale: 1 | 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: SVG_MIME }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas to draw on');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), PNG_MIME),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A `data:` URL of an SVG, for an `<img>` (the handout). */
export function svgDataUrl(svg: string): string {
  return `data:${SVG_MIME};charset=utf-8,${encodeURIComponent(svg)}`;
}
