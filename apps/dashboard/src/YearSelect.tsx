import { SelectField } from '@shabaka/ui';

/**
 * The year a section of figures shows: the years the data holds, newest first, and the one shown
 * (this year by default, even before any data exists for it).
 */
export function YearSelect({
  label,
  years,
  shown,
  onChange,
}: {
  label: string;
  years: readonly number[] | undefined;
  shown: number | undefined;
  onChange: (year: number) => void;
}) {
  return (
    <SelectField label={label} value={shown ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
      {[...new Set([...(years ?? []), ...(shown ? [shown] : [])])]
        .sort((a, b) => b - a)
        .map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
    </SelectField>
  );
}
