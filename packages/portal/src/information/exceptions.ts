import { useQuery, useTRPC } from '@shabaka/client/react';
import { useInformationI18n } from './i18n';

/** The legal exceptions a refusal may cite (Law 31-13, art. 7), named by the API in three languages. */
export function useExceptions() {
  const trpc = useTRPC();
  return useQuery(trpc.informationRequests.exceptions.queryOptions(undefined, { staleTime: Infinity }));
}

/** "Vie privée… — article 7" for a refusal's exception code (the code itself until the names load). */
export function useExceptionName() {
  const { t, lang } = useInformationI18n();
  const exceptions = useExceptions();
  return (code: string | null) => {
    if (!code) return null;
    const e = exceptions.data?.find((x) => x.code === code);
    if (!e) return code;
    return e.article ? `${e.names[lang]} — ${t('information.article', { article: e.article })}` : e.names[lang];
  };
}
