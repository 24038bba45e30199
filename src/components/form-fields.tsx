import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type FieldProps<Values extends FieldValues> = {
  control: Control<Values>;
  name: FieldPath<Values>;
  label: string;
  helperText?: string | undefined;
  /** Called after the form has the new value (to reset a dependent field, say). */
  onValueChange?: (value: string) => void;
} & Omit<
  TextFieldProps,
  'name' | 'label' | 'helperText' | 'value' | 'onChange' | 'onBlur' | 'error'
>;

/** A text field wired to react-hook-form: its error message under it, announced with it. */
export function TextFieldElement<Values extends FieldValues>({
  control,
  name,
  label,
  helperText,
  onValueChange,
  ...rest
}: FieldProps<Values>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={field.value ?? ''}
      onChange={(event) => {
        field.onChange(event);
        onValueChange?.(event.target.value);
      }}
      onBlur={field.onBlur}
      label={label}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText ?? ' '}
      fullWidth
      margin="dense"
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** The same field as a select of options. */
export function SelectElement<Values extends FieldValues>({
  options,
  ...props
}: FieldProps<Values> & { options: SelectOption[] }) {
  return (
    <TextFieldElement {...props} select>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextFieldElement>
  );
}
