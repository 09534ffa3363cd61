// One edit by its id (`node(id: "edit:42")`).
MATCH (e:Edit {id: $id})
RETURN
// @include audit/_edit
AS edit
