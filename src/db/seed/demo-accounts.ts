import type { Role } from "../../core/access/roles.js";
import type { DemoCentreKey } from "./demo-centres.js";
import type { DemoEmployer } from "./demo-employers.js";
import type { DemoWorker } from "./demo-workers.js";
import { PORTAL_WORKER_KEY } from "./portal-worker.js";

export interface DemoAccount {
  role: Role;
  email: string | null;
  phone: string | null;
  /** Demo passwords, printed in the README of a demo install; never use them anywhere else. */
  password: string | null;
  name: string;
  centreKey: DemoCentreKey | null;
  workerKey?: string;
  employerKey?: string;
}

/** The employer whose contact person has a demo account. */
export const DEMO_EMPLOYER_KEY = "pel-fraoules-ileias";

const STAFF: readonly DemoAccount[] = [
  {
    role: "admin",
    email: "admin@demo.primacenters.org",
    phone: null,
    password: "Aegean-Lighthouse-2026!",
    name: "Network Administrator",
    centreKey: null,
  },
  {
    role: "coordinator",
    email: "coordinator@peloponnese.demo.primacenters.org",
    phone: null,
    password: "Olive-Grove-2026!",
    name: "Eleni Karagianni",
    centreKey: "peloponnese",
  },
  {
    role: "caseworker",
    email: "caseworker@peloponnese.demo.primacenters.org",
    phone: null,
    password: "Strawberry-Field-2026!",
    name: "Nikos Stathopoulos",
    centreKey: "peloponnese",
  },
  {
    role: "inspector",
    email: "inspector@peloponnese.demo.primacenters.org",
    phone: null,
    password: "Fair-Work-Check-2026!",
    name: "Georgia Alexiou",
    centreKey: "peloponnese",
  },
  {
    role: "partner",
    email: "partner@peloponnese.demo.primacenters.org",
    phone: null,
    password: "Legal-Aid-Desk-2026!",
    name: "Katerina Mitsou",
    centreKey: "peloponnese",
  },
  {
    role: "dpo",
    email: "dpo@peloponnese.demo.primacenters.org",
    phone: null,
    password: "Privacy-By-Design-2026!",
    name: "Dimitra Vlachou",
    centreKey: "peloponnese",
  },
  {
    role: "analyst",
    email: "analyst@demo.primacenters.org",
    phone: null,
    password: "Open-Figures-2026!",
    name: "Sofia Andreou",
    centreKey: null,
  },
  {
    role: "caseworker",
    email: "caseworker@huelva.demo.primacenters.org",
    phone: null,
    password: "Fresa-Campo-Huelva-2026!",
    name: "Lucía Romero Vázquez",
    centreKey: "huelva",
  },
];

/**
 * One account per role, a second caseworker for Huelva, the contact person of one Peloponnese employer, and the
 * Arabic-speaking portal worker, who signs in with his phone number and a one-time code (no e-mail, no password).
 */
export function buildAccounts(employers: readonly DemoEmployer[], workers: readonly DemoWorker[]): DemoAccount[] {
  const employer = employers.find((e) => e.key === DEMO_EMPLOYER_KEY);
  const worker = workers.find((w) => w.key === PORTAL_WORKER_KEY);
  if (!employer || !worker) throw new Error("demo accounts: the demo employer or the portal worker is missing");
  return [
    ...STAFF.map((account) => ({ ...account })),
    {
      role: "employer",
      email: employer.input.contactEmail,
      phone: null,
      password: "Red-Berries-Manolada-2026!",
      name: employer.input.contactName,
      centreKey: employer.centreKey,
      employerKey: employer.key,
    },
    {
      role: "worker",
      email: null,
      phone: worker.input.phone,
      password: null,
      name: `${worker.input.givenName} ${worker.input.familyName}`,
      centreKey: worker.centreKey,
      workerKey: worker.key,
    },
  ];
}
