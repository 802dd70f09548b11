/** Five nodes around a centre: the network's mark, one node per commune. */
const NODES = [0, 1, 2, 3, 4].map((i) => {
  const angle = ((-90 + 72 * i) * Math.PI) / 180;
  return { x: +(24 + 13 * Math.cos(angle)).toFixed(2), y: +(24 + 13 * Math.sin(angle)).toFixed(2) };
});

/**
 * The network's emblem in the dashboard's header, also painted by index.html before any script
 * (paintedShell in vite.config.ts). Decorative (the network's name is written next to it), so
 * hidden from readers.
 */
export function NetworkEmblem({ size = 44 }: { size?: number }) {
  return (
    <svg className="dash-emblem" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" className="dash-emblem-disc" />
      {NODES.map((n, i) => {
        const next = NODES[(i + 1) % NODES.length]!;
        return <line key={`r${i}`} x1={n.x} y1={n.y} x2={next.x} y2={next.y} className="dash-emblem-link" />;
      })}
      {NODES.map((n, i) => (
        <line key={`c${i}`} x1="24" y1="24" x2={n.x} y2={n.y} className="dash-emblem-link" />
      ))}
      {NODES.map((n, i) => (
        <circle key={`n${i}`} cx={n.x} cy={n.y} r="3.2" className="dash-emblem-node" />
      ))}
      <circle cx="24" cy="24" r="3.2" className="dash-emblem-node" />
    </svg>
  );
}
