module github.com/dualdate/dualdate

go 1.26.8

require (
	github.com/hebcal/greg v1.1.0
	github.com/hebcal/hdate v1.4.0
	github.com/hebcal/hebcal-go v0.13.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.62.0
)

require (
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/hebcal/gematriya v1.0.1 // indirect
	github.com/nathan-osman/go-sunrise v1.1.0 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
