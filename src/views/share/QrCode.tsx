import { useMemo } from 'react';
import { modulesPath, qrModules } from './qr';

const QUIET = 4;

/** A QR code drawn by React as one SVG path, with the quiet zone scanners need around it. */
export function QrCode({
  text,
  label,
  size = 112,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { path, count } = useMemo(() => {
    const modules = qrModules(text);
    return { path: modulesPath(modules), count: modules.length };
  }, [text]);
  const side = count + 2 * QUIET;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
