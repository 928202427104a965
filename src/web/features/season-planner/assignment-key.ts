/** An assignment is one worker on one offer: the pair is its key. */
export function assignmentKey(assignment: { worker: { id: string }; offer: { id: string } }): string {
  return `${assignment.worker.id}:${assignment.offer.id}`;
}
