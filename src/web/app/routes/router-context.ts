import type { QueryClient } from "@tanstack/react-query";

/** What every route's beforeLoad receives: the query cache, so guards read the session from the same place as pages. */
export interface RouterContext {
  queryClient: QueryClient;
}
