import type { LabourRule, LabourRuleListQuery } from "../../core/labour-rules/labour-rule-schemas.js";
import type { Page, PageQuery } from "../../core/shared/pagination.js";
import type { Database } from "../../db/database.js";
import { findLabourRule, listLabourRules } from "../../db/repositories/labour-rule-repository.js";
import { notFound } from "../access/authorise-record.js";

/** Labour rules are network reference data: everyone reads all of them (policy labour_rule.read is "any"). */
export function listLabourRulesFor(db: Database, query: LabourRuleListQuery, page: PageQuery): Promise<Page<LabourRule>> {
  return listLabourRules(db, query, page);
}

export async function readLabourRule(db: Database, id: string): Promise<LabourRule> {
  const found = await findLabourRule(db, id);
  if (!found) throw notFound("labour rule");
  return found;
}
