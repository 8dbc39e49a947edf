// The data model lives here.
