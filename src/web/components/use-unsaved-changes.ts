import { useBlocker } from "@tanstack/react-router";
import { useRef } from "react";

/**
 * Leaving a form with unsaved changes asks first (in the app and on closing the tab); a save lets the page move on.
 * `saving()` is a ref, not state: the blocker must see it in the same tick as the navigation that follows the save.
 */
export function useUnsavedChanges(isDirty: () => boolean) {
  const saved = useRef(false);
  const hasUnsavedChanges = () => isDirty() && !saved.current;
  const blocker = useBlocker({ shouldBlockFn: hasUnsavedChanges, withResolver: true, enableBeforeUnload: hasUnsavedChanges });
  return {
    blocked: blocker.status === "blocked",
    proceed: () => blocker.proceed?.(),
    stay: () => blocker.reset?.(),
    saving: () => {
      saved.current = true;
    },
    failed: () => {
      saved.current = false;
    },
  };
}
