import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState, type ReactNode } from 'react';
import { shabakaLinks, type ShabakaClientOptions } from './index';
import type { AppRouter } from './router';

export { useSubscription } from '@trpc/tanstack-react-query';
export { useQuery, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';

// Typed by name, so the declarations say `AppRouter` rather than spell the whole router out.
type Context = ReturnType<typeof createTRPCContext<AppRouter>>;
const context: Context = createTRPCContext<AppRouter>();
/** Low-level provider, when an app brings its own QueryClient and tRPC client. */
export const TRPCProvider: Context['TRPCProvider'] = context.TRPCProvider;
/** `const trpc = useTRPC(); useQuery(trpc.communes.get.queryOptions({ commune }))` */
export const useTRPC: Context['useTRPC'] = context.useTRPC;
export const useTRPCClient: Context['useTRPCClient'] = context.useTRPCClient;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // A cheap phone on a slow network: keep data a little while, retry once.
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

/** Everything a page needs: a QueryClient and a typed tRPC client (same origin and cookie by default). */
export function ShabakaProvider(props: ShabakaClientOptions & { children: ReactNode; queryClient?: QueryClient }) {
  const { children, queryClient: given, ...options } = props;
  const [queryClient] = useState(() => given ?? makeQueryClient());
  const [trpcClient] = useState(() => createTRPCClient<AppRouter>({ links: shabakaLinks(options) }));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
