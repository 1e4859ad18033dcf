import { roles, type Role } from "@zorgpact/domain/account";
import type { FieldErrors } from "@zorgpact/ui/form-errors.ts";
import { fieldDescriptionIds, FieldError, TextField } from "@zorgpact/ui/FormField.tsx";
import { messages } from "../../messages.ts";
import { userMessages } from "../../messages/users.ts";
import { PactPicker } from "./PactPicker.tsx";
import type { UserFormValues } from "./user-form.ts";

/** Name, e-mail, role and (for an editor) pacts: the fields the new-user and edit forms share. */
export function UserFields({
  idPrefix,
  values,
  onChange,
  errors,
  roleLocked = false,
}: {
  idPrefix: string;
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  errors: FieldErrors;
  /** Your own role cannot be changed (the API refuses it too). */
  roleLocked?: boolean;
}) {
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => onChange({ ...values, [key]: value });
  const roleId = `${idPrefix}-rol`;
  const roleHint = roleLocked ? userMessages.userForm.ownRoleHint : userMessages.userForm.roleHint;
  const role = fieldDescriptionIds(roleId, { hint: roleHint, error: errors["role"] });

  return (
    <>
      <TextField
        id={`${idPrefix}-naam`}
        name="name"
        label={userMessages.userForm.name}
        autoComplete="off"
        value={values.name}
        onValueChange={(value) => set("name", value)}
        error={errors["name"]}
        required
      />
      <TextField
        id={`${idPrefix}-email`}
        name="email"
        type="email"
        label={userMessages.userForm.email}
        hint={userMessages.userForm.emailHint}
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        onValueChange={(value) => set("email", value)}
        error={errors["email"]}
        required
      />
      <div className={["field", "form-field", errors["role"] ? "form-field--error" : ""].join(" ")}>
        <label htmlFor={roleId}>{userMessages.userForm.role}</label>
        <p id={role.hintId} className="field-hint">
          {roleHint}
        </p>
        <FieldError id={role.errorId}>{errors["role"]}</FieldError>
        <select
          id={roleId}
          name="role"
          value={values.role}
          disabled={roleLocked}
          onChange={(event) => set("role", event.currentTarget.value as Role)}
          aria-invalid={errors["role"] ? true : undefined}
          aria-describedby={role.describedBy}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {messages.roles[r]}
            </option>
          ))}
        </select>
      </div>
      {values.role === "regional_editor" ? (
        <PactPicker idPrefix={idPrefix} selected={values.pactIds} onChange={(pactIds) => set("pactIds", pactIds)} error={errors["pactIds"]} />
      ) : null}
    </>
  );
}
