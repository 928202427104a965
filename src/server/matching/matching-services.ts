import type { Database } from "../../db/database.js";
import type { MatchIndexService } from "./match-index-service.js";
import type { ReferenceKnowledge } from "./reference-knowledge.js";

/** What the matching use cases work with: the database, the reference knowledge and this process's index. */
export interface MatchingServices {
  readonly db: Database;
  readonly knowledge: ReferenceKnowledge;
  readonly matchIndex: MatchIndexService;
}
