import { useQuery } from "@tanstack/react-query";
import { apiGet } from "./api-client.js";

/** The figures are not final yet: a figure is a count, or a group of named counts (offers by status…). */
export type DashboardFigure = number | Record<string, number | Record<string, number>>;
export type DashboardFigures = Record<string, DashboardFigure>;

export function useDashboard() {
  return useQuery({
    queryKey: ["dashboard"],
    queryFn: ({ signal }) => apiGet<DashboardFigures>("/api/dashboard", { signal }),
    refetchInterval: 60_000,
  });
}
