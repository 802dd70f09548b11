import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../i18n/languages';
import { useI18n } from '../i18n/provider';

/**
 * A labelled native select: small, keyboard- and screen-reader-friendly on every phone.
 * Each option names its language in that language (`LANGUAGE_NAMES`, so no other catalog is loaded)
 * and carries `lang`, so a reader pronounces it correctly.
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <div className="shb-lang">
      <label htmlFor={id}>{t('common.language')}</label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
