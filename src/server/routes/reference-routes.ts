import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { COUNTRIES, UI_LANGUAGES } from "../../core/reference/codes.js";
import { escoOccupationUri } from "../../core/shared/primitives.js";
import { ESCO_LANGS, escoLabel, type Lang, loadEscoCatalogue, searchOccupations, searchSkills } from "../../data/esco-catalogue.js";
import { loadNutsRegions } from "../../data/nuts-regions.js";
import { loadNutsShapes } from "../../data/nuts-shapes.js";
import type { RouteContext } from "./api-routes.js";
import { errorResponses } from "./route-helpers.js";

const tags = ["reference data"];
const escoLang = (lang: string): Lang => ((ESCO_LANGS as readonly string[]).includes(lang) ? (lang as Lang) : "en");
/** A comma-separated list of ESCO URIs to label, for showing a record's codes without loading the catalogue. */
const uriList = z
  .string()
  .max(20_000)
  .transform((value) => value.split(",").filter(Boolean))
  .optional();
const lookup = z.object({
  uris: uriList,
  q: z.string().trim().max(100).optional(),
  lang: z.enum(UI_LANGUAGES).default("en"),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

const occupationItem = z.object({ uri: z.string(), label: z.string(), iscoCode: z.string() });
const skillItem = z.object({ uri: z.string(), label: z.string(), type: z.enum(["skill", "knowledge"]), essential: z.boolean().optional() });
const regionItem = z.object({ code: z.string(), name: z.string(), nameLatin: z.string(), level: z.number(), country: z.string() });

/** ESCO occupations and skills and NUTS regions, labelled in the reader's language (English where ESCO has none). */
export async function referenceRoutes(base: FastifyInstance, _context: RouteContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/reference/occupations",
    {
      config: { action: "reference.read" },
      schema: {
        tags,
        summary: "ESCO occupations of the primary sector: all, or those matching q",
        querystring: lookup,
        response: { 200: z.object({ items: z.array(occupationItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, lang, limit, uris } = request.query;
      const language = escoLang(lang);
      const catalogue = loadEscoCatalogue().occupations;
      const found = uris
        ? uris.flatMap((uri) => catalogue.get(uri) ?? [])
        : q
          ? searchOccupations(q, language, limit)
          : [...catalogue.values()];
      const items = found.map((o) => ({ uri: o.uri, label: escoLabel(o, language), iscoCode: o.iscoCode }));
      return { items: q || uris ? items : items.sort((a, b) => a.label.localeCompare(b.label, lang)).slice(0, limit) };
    },
  );

  app.get(
    "/api/reference/skills",
    {
      config: { action: "reference.read" },
      schema: {
        tags,
        summary: "ESCO skills: those matching q (an occupation's own first), or all skills of an occupation",
        querystring: lookup.extend({ occupation: escoOccupationUri.optional() }),
        response: { 200: z.object({ items: z.array(skillItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, lang, limit, occupation, uris } = request.query;
      const language = escoLang(lang);
      const esco = loadEscoCatalogue();
      const own = occupation ? esco.skillsByOccupation.get(occupation) : undefined;
      const essential = new Set(own?.essential ?? []);
      const skills = uris
        ? uris.flatMap((uri) => esco.skills.get(uri) ?? [])
        : q
          ? searchSkills(q, language, limit, occupation)
          : [...(own ? [...own.essential, ...own.optional] : esco.skills.keys())]
              .flatMap((uri) => esco.skills.get(uri) ?? [])
              .slice(0, limit);
      return {
        items: skills.map((s) => ({
          uri: s.uri,
          label: escoLabel(s, language),
          type: s.type,
          ...(own ? { essential: essential.has(s.uri) } : {}),
        })),
      };
    },
  );

  app.get(
    "/api/reference/regions",
    {
      config: { action: "reference.read" },
      schema: {
        tags,
        summary: "NUTS 2024 regions of the five countries",
        querystring: z.object({ country: z.enum(COUNTRIES).optional(), level: z.coerce.number().int().min(0).max(3).optional() }),
        response: { 200: z.object({ items: z.array(regionItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const { country, level } = request.query;
      const items = [...loadNutsRegions().values()]
        .filter((r) => (country === undefined || r.country === country) && (level === undefined || r.level === level))
        .map((r) => ({ code: r.code, name: r.nameNative, nameLatin: r.nameLatin, level: r.level, country: r.country }));
      return { items };
    },
  );

  app.get(
    "/api/reference/region-shapes",
    {
      config: { action: "reference.read" },
      schema: {
        tags,
        summary: "NUTS 2024 outlines (GeoJSON) of some of the five countries, for maps",
        querystring: z.object({
          country: z.union([z.enum(COUNTRIES), z.array(z.enum(COUNTRIES)).max(COUNTRIES.length)]),
          level: z.coerce.number().int().min(2).max(3).default(2),
        }),
        response: {
          200: z.object({ type: z.literal("FeatureCollection"), features: z.array(z.looseObject({ type: z.literal("Feature") })) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const countries = new Set([request.query.country].flat());
      const shapes = loadNutsShapes(request.query.level === 3 ? 3 : 2);
      // Public reference data that never changes while the app runs.
      reply.header("cache-control", "public, max-age=86400");
      return {
        type: "FeatureCollection" as const,
        features: shapes.features.filter((f) => countries.has(f.properties.CNTR_CODE as never)),
      };
    },
  );
}
