import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Page } from "../../core/shared/pagination.js";
import { apiGet } from "./api-client.js";

export interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  purpose: string;
  body: string;
  createdAt: string;
}

export function useOutbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: ["outbox", page, pageSize],
    queryFn: ({ signal }) => apiGet<Page<OutboxMessage>>("/api/outbox", { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
    // In demo mode the outbox is where one-time codes are read: keep it fresh.
    refetchInterval: 10_000,
  });
}
