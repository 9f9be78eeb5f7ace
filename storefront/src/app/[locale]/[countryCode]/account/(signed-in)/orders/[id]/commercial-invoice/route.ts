import { NextResponse } from "next/server"
import { fetchCommercialInvoice } from "@/lib/data/orders"

/**
 * The commercial invoice of the signed-in buyer's own order, as a PDF
 * download. The backend checks ownership; anyone else gets a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const pdf = await fetchCommercialInvoice(id)
  if (!pdf) return new NextResponse("Not found", { status: 404, headers: { "cache-control": "private, no-store" } })
  return new NextResponse(pdf.body, {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": pdf.headers.get("content-disposition") ?? 'attachment; filename="commercial-invoice.pdf"',
      "cache-control": "private, no-store",
    },
  })
}
