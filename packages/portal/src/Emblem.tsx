/** Initials of the French name, accents stripped: a stable mark whatever the language shown. */
export function initialsOf(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((w) => w?.[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Placeholder emblem until communes upload their own: a roundel in the commune's
 * colours. Decorative (the name is always written next to it), so hidden from readers.
 */
export function Emblem({ name, size = 44 }: { name: string; size?: number }) {
  return (
    <svg className="portal-emblem" width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" className="portal-emblem-disc" />
      <circle cx="24" cy="24" r="18" className="portal-emblem-ring" />
      <text x="24" y="25" textAnchor="middle" dominantBaseline="middle" className="portal-emblem-text">
        {initialsOf(name)}
      </text>
    </svg>
  );
}
