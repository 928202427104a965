import type { EmployerInput } from "../../core/employers/employer-schemas.js";
import type { DemoCentreKey } from "./demo-centres.js";
import type { PhoneBook } from "./phone-numbers.js";
import type { SeededRandom } from "./seeded-random.js";
import { greekVatNumber, type SpanishEntityLetter, spanishCompanyNif } from "./tax-ids.js";

// Fictitious farms, cooperatives, fisheries and packing houses in real places, with the legal forms in use there
// (Greek IKE, OE, EE, AE, sole traders, agricultural and forestry cooperatives; Spanish S.L., S.A.T., S.Coop.And.,
// C.B.). Coordinates are those of the village, roughly. Any likeness to a real business is a coincidence.

type Site = EmployerInput["sites"][number];
type TaxForm =
  | { readonly country: "EL"; readonly kind: "company" | "person" }
  | { readonly country: "ES"; readonly letter: SpanishEntityLetter };

interface EmployerDefinition {
  readonly key: string;
  readonly centreKey: DemoCentreKey;
  readonly tax: TaxForm;
  readonly fields: Omit<EmployerInput, "taxId" | "contactPhone">;
}

export interface DemoEmployer {
  key: string;
  centreKey: DemoCentreKey;
  input: EmployerInput;
}

const site = (name: string, regionCode: string, address: string, latitude: number, longitude: number): Site => ({
  name,
  regionCode,
  address,
  latitude,
  longitude,
});

const company = { country: "EL", kind: "company" } as const;
const person = { country: "EL", kind: "person" } as const;

const PELOPONNESE: readonly EmployerDefinition[] = [
  // Ileia: strawberries and greenhouses around Nea Manolada, Varda, Lechaina, Andravida, Gastouni.
  {
    key: "pel-fraoules-ileias",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Fraoules Ileias IKE",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Panagiotis Andreopoulos",
      contactEmail: "p.andreopoulos@example.gr",
      sites: [
        site("Strawberry tunnels, Nea Manolada", "EL633", "Rural road Nea Manolada–Varda, Nea Manolada, Ileia", 38.05, 21.355),
        site("Grading shed and housing, Nea Manolada", "EL633", "Nea Manolada, Ileia", 38.047, 21.359),
      ],
    },
  },
  {
    key: "pel-kokkinos-kampos",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Kokkinos Kampos Agrotiki IKE",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Vasiliki Georgakopoulou",
      contactEmail: "v.georgakopoulou@example.gr",
      sites: [
        site("Strawberry fields, Varda", "EL633", "Varda, Ileia", 38.026, 21.366),
        site("Tunnels, Lechaina", "EL633", "Lechaina, Ileia", 37.935, 21.266),
      ],
    },
  },
  {
    key: "pel-karamanos",
    centreKey: "peloponnese",
    tax: person,
    fields: {
      legalName: "Dimitrios Karamanos",
      sector: "A01",
      size: "micro",
      accommodationOffered: false,
      contactName: "Dimitrios Karamanos",
      contactEmail: "d.karamanos@example.gr",
      sites: [site("Family strawberry farm, Nea Manolada", "EL633", "Nea Manolada, Ileia", 38.041, 21.349)],
    },
  },
  {
    key: "pel-synetairismos-andravidas",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Agrotikos Synetairismos Fraoulas Andravidas",
      sector: "A01",
      size: "large",
      accommodationOffered: true,
      contactName: "Christos Papanikolaou",
      contactEmail: "c.papanikolaou@example.gr",
      sites: [site("Members' strawberry farms, Andravida", "EL633", "Andravida, Ileia", 37.905, 21.27)],
    },
  },
  {
    key: "pel-thermokipia-gastounis",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Thermokipia Gastounis OE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Angeliki Tsoukala",
      contactEmail: "a.tsoukala@example.gr",
      sites: [site("Greenhouses, Gastouni", "EL633", "Gastouni, Ileia", 37.851, 21.256)],
    },
  },
  {
    key: "pel-ilida-greenhouses",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Ilida Greenhouse Farms AE",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Spyros Lambropoulos",
      contactEmail: "s.lambropoulos@example.gr",
      sites: [
        site("Greenhouses, Savalia", "EL633", "Savalia, Ileia", 37.815, 21.283),
        site("Greenhouses, Amaliada", "EL633", "Amaliada, Ileia", 37.797, 21.35),
      ],
    },
  },
  {
    key: "pel-koutsopoulos",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Vasileios Koutsopoulos & Sia EE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Vasileios Koutsopoulos",
      contactEmail: "v.koutsopoulos@example.gr",
      sites: [site("Watermelon and potato fields, Vartholomio", "EL633", "Vartholomio, Ileia", 37.862, 21.207)],
    },
  },
  {
    key: "pel-ileia-fresh-pack",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Ileia Fresh Pack IKE",
      sector: "packing",
      size: "medium",
      accommodationOffered: false,
      contactName: "Eleni Stathopoulou",
      contactEmail: "e.stathopoulou@example.gr",
      sites: [site("Packing house, Lechaina", "EL633", "Industrial area, Lechaina, Ileia", 37.94, 21.26)],
    },
  },
  {
    key: "pel-foloi-aigoprovata",
    centreKey: "peloponnese",
    tax: person,
    fields: {
      legalName: "Stavros Giannakopoulos",
      sector: "A01",
      size: "micro",
      accommodationOffered: true,
      contactName: "Stavros Giannakopoulos",
      contactEmail: "s.giannakopoulos@example.gr",
      sites: [site("Sheep and goat farm, Foloi plateau", "EL633", "Foloi, Ileia", 37.75, 21.8)],
    },
  },
  {
    key: "pel-patates-kyllinis",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Patates Kyllinis Agrotiki IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Ioanna Marinou",
      contactEmail: "i.marinou@example.gr",
      sites: [site("Potato fields, Kyllini", "EL633", "Kyllini, Ileia", 37.936, 21.143)],
    },
  },
  // Messinia: olives (Kalamata), greenhouses at Filiatra, a fishing boat at Pylos, a dairy farm at Meligalas.
  {
    key: "pel-elaioparagogoi-petalidiou",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Agrotikos Synetairismos Elaioparagogon Petalidiou",
      sector: "A01",
      size: "large",
      accommodationOffered: true,
      contactName: "Georgios Dimitrakopoulos",
      contactEmail: "g.dimitrakopoulos@example.gr",
      sites: [
        site("Members' olive groves, Petalidi", "EL653", "Petalidi, Messinia", 36.959, 21.93),
        site("Cooperative olive mill, Petalidi", "EL653", "Petalidi, Messinia", 36.962, 21.934),
      ],
    },
  },
  {
    key: "pel-elaiourgeio-messinis",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Elaiourgeio Nikolaou AE",
      sector: "A01",
      size: "medium",
      accommodationOffered: false,
      contactName: "Konstantina Nikolaou",
      contactEmail: "k.nikolaou@example.gr",
      sites: [site("Olive mill and groves, Messini", "EL653", "Messini, Messinia", 37.052, 22.001)],
    },
  },
  {
    key: "pel-ktima-kalamon",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Ktima Kalamon Elies IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Athanasios Kyriakopoulos",
      contactEmail: "a.kyriakopoulos@example.gr",
      sites: [site("Table olive groves, Kalamata", "EL653", "Kalamata, Messinia", 37.038, 22.114)],
    },
  },
  {
    key: "pel-trifylia-elaionas",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Trifylia Elaionas OE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Maria Panagopoulou",
      contactEmail: "m.panagopoulou@example.gr",
      sites: [
        site("Olive groves, Filiatra", "EL653", "Filiatra, Messinia", 37.157, 21.586),
        site("Olive groves, Kyparissia", "EL653", "Kyparissia, Messinia", 37.251, 21.672),
      ],
    },
  },
  {
    key: "pel-dimopoulos",
    centreKey: "peloponnese",
    tax: person,
    fields: {
      legalName: "Georgios Dimopoulos",
      sector: "A01",
      size: "micro",
      accommodationOffered: false,
      contactName: "Georgios Dimopoulos",
      contactEmail: "g.dimopoulos@example.gr",
      sites: [site("Family olive grove, Gargalianoi", "EL653", "Gargalianoi, Messinia", 37.065, 21.637)],
    },
  },
  {
    key: "pel-koroni-olive-farms",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Koroni Olive Farms IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: true,
      contactName: "Theodoros Petropoulos",
      contactEmail: "t.petropoulos@example.gr",
      sites: [site("Olive groves, Koroni", "EL653", "Koroni, Messinia", 36.796, 21.958)],
    },
  },
  {
    key: "pel-thermokipia-filiatron",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Thermokipia Filiatron AE",
      sector: "A01",
      size: "medium",
      accommodationOffered: false,
      contactName: "Nikoletta Vlachou",
      contactEmail: "n.vlachou@example.gr",
      sites: [site("Tomato greenhouses, Filiatra", "EL653", "Filiatra, Messinia", 37.15, 21.58)],
    },
  },
  {
    key: "pel-alieia-pylou",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Alieia Pylou OE",
      sector: "A03",
      size: "micro",
      accommodationOffered: true,
      contactName: "Michalis Kanellopoulos",
      contactEmail: "m.kanellopoulos@example.gr",
      sites: [site("Coastal fishing boat, port of Pylos", "EL653", "Port of Pylos, Messinia", 36.913, 21.696)],
    },
  },
  {
    key: "pel-galaktokomiki-meligala",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Galaktokomiki Meligala IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: true,
      contactName: "Paraskevi Antonopoulou",
      contactEmail: "p.antonopoulou@example.gr",
      sites: [site("Dairy farm and cheese room, Meligalas", "EL653", "Meligalas, Messinia", 37.217, 21.973)],
    },
  },
  // Lakonia: olives and oranges around Molaoi, Skala, Sparti and Neapoli.
  {
    key: "pel-synetairismos-molaon",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Agrotikos Synetairismos Elaioparagogon Molaon",
      sector: "A01",
      size: "large",
      accommodationOffered: false,
      contactName: "Ilias Mavrommatis",
      contactEmail: "i.mavrommatis@example.gr",
      sites: [site("Members' olive groves, Molaoi", "EL653", "Molaoi, Lakonia", 36.805, 22.852)],
    },
  },
  {
    key: "pel-skala-citrus",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Skala Esperidoeidi & Elies IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: true,
      contactName: "Evangelos Tzanetakos",
      contactEmail: "e.tzanetakos@example.gr",
      sites: [site("Orange and olive groves, Skala", "EL653", "Skala, Lakonia", 36.853, 22.663)],
    },
  },
  {
    key: "pel-tsakonas",
    centreKey: "peloponnese",
    tax: person,
    fields: {
      legalName: "Ioannis Tsakonas",
      sector: "A01",
      size: "micro",
      accommodationOffered: false,
      contactName: "Ioannis Tsakonas",
      contactEmail: "i.tsakonas@example.gr",
      sites: [site("Olive grove, Sparti", "EL653", "Sparti, Lakonia", 37.074, 22.43)],
    },
  },
  {
    key: "pel-elaiourgeio-neapolis",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Elaiourgeio Neapolis Voion OE",
      sector: "A01",
      size: "small",
      accommodationOffered: true,
      contactName: "Sofia Kalogeraki",
      contactEmail: "s.kalogeraki@example.gr",
      sites: [site("Olive mill and groves, Neapoli Voion", "EL653", "Neapoli, Lakonia", 36.514, 23.06)],
    },
  },
  // Argolida and Arkadia: citrus on the Argos plain, olives at Kranidi, Lygourio and Astros, fir forests of Mainalo.
  {
    key: "pel-argolida-citrus",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Argolida Esperidoeidi IKE",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Nikolaos Manolis",
      contactEmail: "n.manolis@example.gr",
      sites: [
        site("Orange groves, Agia Triada", "EL651", "Agia Triada, Argolida", 37.621, 22.791),
        site("Mandarin groves, Midea", "EL651", "Midea, Argolida", 37.65, 22.835),
      ],
    },
  },
  {
    key: "pel-nafplio-orange-pack",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Nafplio Orange Pack AE",
      sector: "packing",
      size: "medium",
      accommodationOffered: false,
      contactName: "Anastasia Christodoulou",
      contactEmail: "a.christodoulou@example.gr",
      sites: [site("Citrus packing house, Nea Tiryntha", "EL651", "Nea Tiryntha, Argolida", 37.6, 22.8)],
    },
  },
  {
    key: "pel-manolis-koutsopodi",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Konstantinos Manolis & Sia OE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Konstantinos Manolis",
      contactEmail: "k.manolis@example.gr",
      sites: [site("Orange groves, Koutsopodi", "EL651", "Koutsopodi, Argolida", 37.67, 22.72)],
    },
  },
  {
    key: "pel-elaionas-kranidiou",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Elaionas Kranidiou IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Dimitra Sarri",
      contactEmail: "d.sarri@example.gr",
      sites: [site("Olive groves, Kranidi", "EL651", "Kranidi, Argolida", 37.381, 23.159)],
    },
  },
  {
    key: "pel-ktima-lygouriou",
    centreKey: "peloponnese",
    tax: person,
    fields: {
      legalName: "Apostolos Rigas",
      sector: "A01",
      size: "micro",
      accommodationOffered: false,
      contactName: "Apostolos Rigas",
      contactEmail: "a.rigas@example.gr",
      sites: [site("Olive grove, Lygourio", "EL651", "Lygourio, Argolida", 37.614, 22.983)],
    },
  },
  {
    key: "pel-dase-vytinas",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Dasikos Synetairismos Ergaton Vytinas",
      sector: "A02",
      size: "small",
      accommodationOffered: true,
      contactName: "Panagiotis Kostopoulos",
      contactEmail: "p.kostopoulos@example.gr",
      sites: [site("Fir forest works, Mainalo", "EL651", "Vytina, Arkadia", 37.663, 22.195)],
    },
  },
  {
    key: "pel-ktima-astrous",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Ktima Astrous IKE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Charalambos Zervas",
      contactEmail: "c.zervas@example.gr",
      sites: [site("Olive groves, Astros", "EL651", "Astros, Kynouria, Arkadia", 37.413, 22.727)],
    },
  },
  // Korinthia: sea bream and sea bass cages in the Saronic Gulf, currant vineyards at Xylokastro.
  {
    key: "pel-korfos-aquaculture",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Korfos Ichthyokalliergeies AE",
      sector: "A03",
      size: "medium",
      accommodationOffered: true,
      contactName: "Andreas Makris",
      contactEmail: "a.makris@example.gr",
      sites: [site("Fish farm cages and shore base, Korfos", "EL652", "Korfos, Korinthia", 37.757, 23.127)],
    },
  },
  {
    key: "pel-stafida-xylokastrou",
    centreKey: "peloponnese",
    tax: company,
    fields: {
      legalName: "Korinthiaki Stafida Xylokastrou OE",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Eirini Fotopoulou",
      contactEmail: "e.fotopoulou@example.gr",
      sites: [site("Currant vineyards, Xylokastro", "EL652", "Xylokastro, Korinthia", 38.077, 22.633)],
    },
  },
];

const HUELVA: readonly EmployerDefinition[] = [
  {
    key: "hue-frutas-del-condado",
    centreKey: "huelva",
    tax: { country: "ES", letter: "B" },
    fields: {
      legalName: "Frutas del Condado S.L.",
      sector: "A01",
      size: "large",
      accommodationOffered: true,
      contactName: "Manuel García Pérez",
      contactEmail: "m.garcia@example.es",
      sites: [site("Finca Los Pinos, Moguer", "ES615", "Carretera A-494, 21800 Moguer, Huelva", 37.276, -6.839)],
    },
  },
  {
    key: "hue-bayas-de-palos",
    centreKey: "huelva",
    tax: { country: "ES", letter: "V" },
    fields: {
      legalName: "S.A.T. Bayas de Palos",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Rocío Martín Domínguez",
      contactEmail: "r.martin@example.es",
      sites: [site("Finca La Rábida, Palos de la Frontera", "ES615", "21810 Palos de la Frontera, Huelva", 37.229, -6.894)],
    },
  },
  {
    key: "hue-fresas-lepe",
    centreKey: "huelva",
    tax: { country: "ES", letter: "B" },
    fields: {
      legalName: "Fresas Lepe S.L.",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Antonio Rodríguez Cruz",
      contactEmail: "a.rodriguez@example.es",
      sites: [site("Finca El Terrón, Lepe", "ES615", "21440 Lepe, Huelva", 37.255, -7.204)],
    },
  },
  {
    key: "hue-arandanos-cartaya",
    centreKey: "huelva",
    tax: { country: "ES", letter: "B" },
    fields: {
      legalName: "Arándanos de Cartaya S.L.",
      sector: "A01",
      size: "medium",
      accommodationOffered: true,
      contactName: "Carmen Orta Limón",
      contactEmail: "c.orta@example.es",
      sites: [site("Finca El Pozuelo, Cartaya", "ES615", "21450 Cartaya, Huelva", 37.283, -7.152)],
    },
  },
  {
    key: "hue-agricola-almonte",
    centreKey: "huelva",
    tax: { country: "ES", letter: "B" },
    fields: {
      legalName: "Agrícola Almonte Berries S.L.",
      sector: "A01",
      size: "small",
      accommodationOffered: false,
      contactName: "Francisco Javier Bernal",
      contactEmail: "fj.bernal@example.es",
      sites: [site("Raspberry tunnels, Almonte", "ES615", "21730 Almonte, Huelva", 37.265, -6.517)],
    },
  },
  {
    key: "hue-cooperativa-condado",
    centreKey: "huelva",
    tax: { country: "ES", letter: "F" },
    fields: {
      legalName: "Hortofrutícola Condado de Huelva S.Coop.And.",
      sector: "packing",
      size: "large",
      accommodationOffered: false,
      contactName: "Isabel Domínguez Vázquez",
      contactEmail: "i.dominguez@example.es",
      sites: [site("Central de envasado, Bonares", "ES615", "Polígono industrial, 21830 Bonares, Huelva", 37.324, -6.681)],
    },
  },
  {
    key: "hue-berries-rociana",
    centreKey: "huelva",
    tax: { country: "ES", letter: "B" },
    fields: {
      legalName: "Berries Rociana S.L.",
      sector: "A01",
      size: "small",
      accommodationOffered: true,
      contactName: "José Luis Pichardo",
      contactEmail: "jl.pichardo@example.es",
      sites: [site("Finca Las Lomas, Rociana del Condado", "ES615", "21720 Rociana del Condado, Huelva", 37.308, -6.598)],
    },
  },
  {
    key: "hue-hermanos-marquez",
    centreKey: "huelva",
    tax: { country: "ES", letter: "E" },
    fields: {
      legalName: "Hermanos Márquez Domínguez C.B.",
      sector: "A01",
      size: "micro",
      accommodationOffered: false,
      contactName: "Juan Márquez Domínguez",
      contactEmail: "j.marquez@example.es",
      sites: [site("Strawberry farm, Lucena del Puerto", "ES615", "21820 Lucena del Puerto, Huelva", 37.306, -6.73)],
    },
  },
];

export const EMPLOYER_DEFINITIONS: readonly EmployerDefinition[] = [...PELOPONNESE, ...HUELVA];

/** The employers with their tax numbers and contact phones drawn from the seed. */
export function buildEmployers(random: SeededRandom, phones: PhoneBook): DemoEmployer[] {
  return EMPLOYER_DEFINITIONS.map(({ key, centreKey, tax, fields }) => ({
    key,
    centreKey,
    input: {
      ...fields,
      taxId: tax.country === "EL" ? greekVatNumber(random, tax.kind) : spanishCompanyNif(random, tax.letter),
      contactPhone: tax.country === "EL" ? phones.greekMobile() : phones.spanishMobile(),
    },
  }));
}
