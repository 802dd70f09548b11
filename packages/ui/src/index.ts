export { LANGUAGES, LANGUAGE_NAMES, INTL_LOCALES, isLanguage, directionOf, type Language } from './i18n/languages';
export {
  I18nProvider,
  useI18n,
  useNamespaces,
  preloadNamespaces,
  startLanguage,
  LANGUAGE_STORAGE_KEY,
  type I18nProviderProps,
  type I18nContextValue,
} from './i18n/provider';
export { makeTranslator, type Translator, type MessageValues } from './i18n/translate';
export { loadMessages, loadNamespaces } from './i18n/load';
export { MENU_NAMESPACES, NAMESPACES, type Namespace } from './i18n/namespaces';
export type { Messages, Catalog, TranslationKey } from './i18n/types';
export { AppShell, MAIN_ID, type AppShellProps } from './components/AppShell';
export { LanguageSwitch } from './components/LanguageSwitch';
export { Button, type ButtonProps } from './components/Button';
export { FilePicker, type FilePickerProps } from './components/FilePicker';
export {
  TextField,
  SelectField,
  TextAreaField,
  type TextFieldProps,
  type SelectFieldProps,
  type TextAreaFieldProps,
} from './components/TextField';
export {
  Card,
  Alert,
  Spinner,
  EmptyState,
  Stat,
  type CardProps,
  type AlertProps,
  type EmptyStateProps,
  type StatProps,
} from './components/Display';
export { themeStyle, type Theme } from './theme';
