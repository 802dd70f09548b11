export { LANGUAGES, INTL_LOCALES, isLanguage, directionOf, type Language } from './i18n/languages';
export {
  I18nProvider,
  I18nCatalogProvider,
  useI18n,
  LANGUAGE_STORAGE_KEY,
  type I18nProviderProps,
  type I18nContextValue,
} from './i18n/provider';
export { createTranslator, makeTranslator, translate, type Translator, type MessageValues } from './i18n/translate';
export {
  catalog,
  namespaces,
  mergeCatalogs,
  commonMessages,
  portalMessages,
  dashboardMessages,
  landingMessages,
  complaintsMessages,
  casesMessages,
  deskMessages,
  proceduresMessages,
  informationMessages,
  documentsMessages,
  type Catalog,
  type Messages,
} from './i18n/catalog';
export { AppShell, MAIN_ID, type AppShellProps } from './components/AppShell';
export { LanguageSwitch } from './components/LanguageSwitch';
export { Button, type ButtonProps } from './components/Button';
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
