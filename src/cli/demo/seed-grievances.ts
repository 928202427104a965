import type { Database } from "../../db/database.js";
import { listPublicCentres } from "../../db/repositories/grievance-report-repository.js";
import { sendReporterMessage } from "../../server/grievances/follow-grievance.js";
import { reportGrievance } from "../../server/grievances/report-grievance.js";

/**
 * Reports made on the public page, without an account (staff-side cases are seed-grievance-handling.ts): an anonymous
 * one in Arabic from the Manolada strawberry greenhouses, with a message the reporter added later with their code,
 * and a signed one in Spanish from the Huelva berry farms.
 */
export async function seedGrievances(db: Database): Promise<void> {
  const centres = await listPublicCentres(db);
  const greek = centres.find((c) => c.country === "EL");
  const spanish = centres.find((c) => c.country === "ES");
  const now = new Date();
  if (greek) {
    const { followUpCode } = await reportGrievance(
      db,
      {
        centreId: greek.id,
        language: "ar",
        categories: ["retention_of_identity_documents", "debt_bondage"],
        description: "رئيس العمال أخذ جوازات سفرنا ويقول إننا مدينون له بتكاليف السفر والسكن. نعمل في دفيئات الفراولة.",
        workplaceGiven: "Strawberry greenhouses, Nea Manolada",
        reporter: null,
      },
      now,
    );
    await sendReporterMessage(db, followUpCode, "نحن ثمانية عمال. يمكنكم الاتصال بنا عبر المسجد في القرية.", now);
  }
  if (spanish) {
    await reportGrievance(
      db,
      {
        centreId: spanish.id,
        language: "es",
        categories: ["housing", "safety"],
        description:
          "Vivimos doce personas en un almacén sin agua corriente junto a los invernaderos de fresa. No hay sombra ni agua en el campo.",
        workplaceGiven: "Fincas de frutos rojos, Moguer",
        reporter: { name: "Fatou Ndiaye", phone: "+34611200301", sharedWithCaseworkers: true },
      },
      now,
    );
  }
}
