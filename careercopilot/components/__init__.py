"""Pure presentational components: values, Vars and event handlers in; rx.Component out."""
