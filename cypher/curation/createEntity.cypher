// A new entity a curator names (the target of a split): all its fields are as they set them.
CREATE (e:Entity {id: $id, name: $name, nameKey: toLower($name), aliases: [], aliasKeys: [], aliasText: '',
                  version: 1, curated: ['name', 'type'], createdAt: datetime()})
SET e:$($type)
RETURN e.id AS id
