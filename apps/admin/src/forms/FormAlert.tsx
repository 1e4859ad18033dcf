/** The shared form pieces, under the path older admin pages import them from. */
export { FormAlert, FormStatus } from "@zorgpact/ui/forms/FormParts.tsx";
