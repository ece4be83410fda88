package tax_test

import (
	"fmt"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// Resolve the law once, then compute as many returns as needed with it. The return is
// tenforty's published Form 6251 example for 2024.
func ExampleCompute() {
	tables, err := tax.LoadTables()
	if err != nil {
		panic(err)
	}
	p, err := tables.For(2024, bespoke.Single, "", "", 0.025)
	if err != nil {
		panic(err)
	}
	r := tax.Return{Year: 2024, Status: bespoke.Single, Wages: 150_000_00, ISOBargain: 200_000_00}
	if err := r.Validate(p); err != nil {
		panic(err)
	}
	var out tax.Result
	tax.Compute(&r, p, &out)
	f := out.Federal
	fmt.Println("regular tax", bespoke.Money(f.RegularTax))
	fmt.Println("AMTI", bespoke.Money(f.AMTI))
	fmt.Println("AMT", bespoke.Money(f.AMT))
	fmt.Println("credit for later years", bespoke.Money(f.AMTCreditGenerated))
	fmt.Printf("marginal rate on wages %.2f%%\n", 100*tax.MarginalWageRate(&r, p, tax.MarginalStep))
	// Output:
	// regular tax 25538.50
	// AMTI 350000.00
	// AMT 43813.50
	// credit for later years 43813.50
	// marginal rate on wages 35.65%
}
